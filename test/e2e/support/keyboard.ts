import type { Page } from "playwright-core";

/**
 * Chooses an option in a Mantine select the way a keyboard user does: focus the field, type to
 * narrow it when it is searchable, move with the arrow keys to the option, press Enter. Like a
 * person, it looks before pressing Enter: if the list closed meanwhile (the form re-rendered
 * under it), it starts again rather than press Enter on a closed field, which submits the form.
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
    await page.keyboard.press("ArrowDown");
    await target.waitFor();
    for (let step = 0; step < 60; step += 1) {
      if ((await target.getAttribute("data-combobox-selected")) !== null) break;
      await page.keyboard.press("ArrowDown");
    }
    const ready = await field.evaluate(
      (element) =>
        element === document.activeElement &&
        element.getAttribute("aria-expanded") === "true",
    );
    if (ready) break;
    if (attempt === 3)
      throw new Error(`The ${label} list kept closing before Enter.`);
  }
  await page.keyboard.press("Enter");
}
