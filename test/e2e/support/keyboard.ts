import type { Page } from "playwright-core";

/**
 * Chooses an option in a Mantine select the way a keyboard user does: focus the field, type to
 * narrow it when it is searchable, move with the arrow keys to the option, press Enter.
 */
export async function chooseByKeyboard(
  page: Page,
  label: string,
  option: string,
  typed = "",
): Promise<void> {
  await page.getByRole("combobox", { name: label, exact: true }).focus();
  if (typed !== "") await page.keyboard.type(typed);
  await page.keyboard.press("ArrowDown");
  const target = page.getByRole("option", { name: option, exact: true });
  await target.waitFor();
  for (let step = 0; step < 60; step += 1) {
    if ((await target.getAttribute("data-combobox-selected")) !== null) break;
    await page.keyboard.press("ArrowDown");
  }
  await page.keyboard.press("Enter");
}
