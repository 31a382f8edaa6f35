/** What implicit submission needs of a form-associated custom element that acts as a submit button. */
interface CustomSubmitter extends HTMLElement {
  type: string;
  disabled: boolean;
}

function isSubmitButton(element: Element): element is HTMLButtonElement | HTMLInputElement | CustomSubmitter {
  if (element instanceof HTMLButtonElement) return element.type === 'submit';
  if (element instanceof HTMLInputElement) return element.type === 'submit' || element.type === 'image';
  // Form-associated custom elements are listed in `form.elements` too (lv-button among them).
  return element.localName.includes('-') && (element as Partial<CustomSubmitter>).type === 'submit';
}

/**
 * Enter in a field, as HTML's implicit submission does it: click the form's default button (its
 * first submit button in tree order, a `<lv-button type="submit">` included, so its name and value
 * are submitted), do nothing when that button is disabled, and submit the form without a
 * submitter when it has no submit button.
 */
export function submitImplicitly(form: HTMLFormElement): void {
  const button = [...form.elements].find(isSubmitButton);
  if (!button) form.requestSubmit();
  else if (!button.disabled) button.click();
}
