import type { Locator, Page } from "playwright-core";

/**
 * Lets the page run the timers it has already queued. When a Mantine Select's list opens, the
 * Select queues a timer that sets its own record of the highlighted option. Chromium runs
 * queued key presses before timers, so on a busy machine that timer can run after the arrow
 * keys. Mantine then forgets the highlighted option, but the page still shows it, so Enter
 * chooses nothing, or submits the form if the field is in one. Timers run in the order they
 * were queued, so when a new timer has run, Mantine's has run too.
 */
async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        setTimeout(resolve, 0);
      }),
  );
}

const highlighted = async (option: Locator): Promise<boolean> =>
  (await option.getAttribute("data-combobox-selected")) !== null;

/**
 * Chooses an option in a Mantine select the way a keyboard user does: focus the field, type to
 * narrow it when it is searchable, move with the arrow keys to the option, press Enter. Like a
 * person, it lets the list settle after it opens and before Enter. It also looks before pressing
 * Enter: if the list closed or lost its highlight meanwhile, it starts again rather than press
 * Enter on a field that would not take it, which submits the form.
 */
export async function chooseByKeyboard(
  page: Page,
  label: string,
  option: string,
  typed = "",
): Promise<void> {
  const field = page.getByRole("combobox", { name: label, exact: true });
  const target = page.getByRole("option", { name: option, exact: true });
  for (let attempt = 1; ; attempt += 1) {
    await field.focus();
    if (typed !== "") {
      await page.keyboard.press("ControlOrMeta+A");
      await page.keyboard.type(typed);
    }
    await page.keyboard.press("ArrowDown"); // opens the list if focusing did not
    await target.waitFor();
    await settle(page);
    // Each arrow key from here moves Mantine's highlight and the page's together.
    for (let step = 0; step < 60; step += 1) {
      await page.keyboard.press("ArrowDown");
      if (await highlighted(target)) break;
    }
    await settle(page);
    const ready =
      (await highlighted(target)) &&
      (await field.evaluate(
        (element) =>
          element === document.activeElement &&
          element.getAttribute("aria-expanded") === "true",
      ));
    if (ready) break;
    if (attempt === 3)
      throw new Error(`The ${label} list kept closing before Enter.`);
  }
  await page.keyboard.press("Enter");
}
