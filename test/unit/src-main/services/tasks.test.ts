import { describe, expect, it, vi } from "vitest";
import {
  TaskRunner,
  type EmitEvent,
} from "../../../../src-main/services/tasks";
import { DeskFailure } from "../../../../shared/errors";

function runner() {
  const emitted: { event: string; payload: unknown }[] = [];
  const emit: EmitEvent = (event, payload) => emitted.push({ event, payload });
  const finished = (taskId: string) =>
    vi.waitFor(() => {
      const end = emitted.find(
        (e) =>
          e.event === "task.finished" &&
          (e.payload as { taskId: string }).taskId === taskId,
      );
      if (!end) throw new Error("not finished yet");
      return end.payload;
    });
  return { tasks: new TaskRunner(emit), emitted, finished };
}

describe("TaskRunner", () => {
  it("returns a task id at once and reports progress then the end", async () => {
    const { tasks, emitted, finished } = runner();
    const taskId = tasks.start(async ({ progress }) => {
      for (let done = 1; done <= 3; done += 1) {
        await Promise.resolve();
        progress(done, 3);
      }
    });
    expect(taskId).toMatch(/^task-[0-9a-f-]{36}$/);
    expect(await finished(taskId)).toEqual({
      taskId,
      outcome: "done",
      message: null,
    });
    expect(
      emitted.filter((e) => e.event === "task.progress").map((e) => e.payload),
    ).toEqual([
      { taskId, done: 1, total: 3 },
      { taskId, done: 2, total: 3 },
      { taskId, done: 3, total: 3 },
    ]);
    expect(tasks.runningCount).toBe(0);
  });

  it("cancels work through its abort signal", async () => {
    const { tasks, finished } = runner();
    let release: () => void = () => undefined;
    const taskId = tasks.start(
      ({ signal }) =>
        new Promise<void>((resolve, reject) => {
          release = resolve;
          signal.addEventListener("abort", () => {
            reject(new Error("aborted"));
          });
        }),
    );
    tasks.cancel(taskId);
    release();
    expect(await finished(taskId)).toEqual({
      taskId,
      outcome: "cancelled",
      message: null,
    });
    expect(() => {
      tasks.cancel(taskId);
    }).toThrow(expect.objectContaining({ code: "TASK_NOT_FOUND" }));
  });

  it("reports a failure with only the message a DeskFailure chose to show", async () => {
    const { tasks, finished } = runner();
    const plain = tasks.start(() =>
      Promise.reject(new Error("/home/partner/secret.key unreadable")),
    );
    const chosen = tasks.start(() =>
      Promise.reject(
        new DeskFailure("INVALID_ARGUMENT", "The file is not a bundle."),
      ),
    );
    expect(await finished(plain)).toEqual({
      taskId: plain,
      outcome: "failed",
      message: "The task failed.",
    });
    expect(await finished(chosen)).toEqual({
      taskId: chosen,
      outcome: "failed",
      message: "The file is not a bundle.",
    });
  });
});
