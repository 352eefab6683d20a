import { randomUUID } from "node:crypto";
import { DeskFailure } from "../../shared/errors";
import type { EventName, EventPayload } from "../../shared/ipc";

export type EmitEvent = <E extends EventName>(
  event: E,
  payload: EventPayload<E>,
) => void;

export interface TaskContext {
  signal: AbortSignal;
  progress: (done: number, total: number | null) => void;
}

export type TaskWork = (context: TaskContext) => Promise<void>;

/**
 * Runs long work in the background: the caller gets a task id at once, progress and the end
 * arrive as events, and `cancel` aborts the work's signal.
 */
export class TaskRunner {
  readonly #running = new Map<string, AbortController>();

  constructor(private readonly emit: EmitEvent) {}

  start(work: TaskWork): string {
    const taskId = `task-${randomUUID()}`;
    const controller = new AbortController();
    this.#running.set(taskId, controller);
    const progress = (done: number, total: number | null) => {
      if (!controller.signal.aborted)
        this.emit("task.progress", { taskId, done, total });
    };
    void this.#run(taskId, controller.signal, () =>
      work({ signal: controller.signal, progress }),
    );
    return taskId;
  }

  async #run(
    taskId: string,
    signal: AbortSignal,
    run: () => Promise<void>,
  ): Promise<void> {
    let outcome: EventPayload<"task.finished">["outcome"] = "done";
    let message: string | null = null;
    try {
      await run();
    } catch (error) {
      outcome = "failed";
      message =
        error instanceof DeskFailure ? error.message : "The task failed.";
    }
    if (signal.aborted) [outcome, message] = ["cancelled", null];
    this.#running.delete(taskId);
    this.emit("task.finished", { taskId, outcome, message });
  }

  cancel(taskId: string): void {
    const controller = this.#running.get(taskId);
    if (!controller)
      throw new DeskFailure(
        "TASK_NOT_FOUND",
        "That task has already finished or never existed.",
      );
    controller.abort();
  }

  get runningCount(): number {
    return this.#running.size;
  }
}
