/** Shows a message over the map: `center` for errors that stop the map, `toast` for notes that fade. */
export function showMessage(el: HTMLElement, text: string, kind: 'center' | 'toast' = 'center'): void {
  el.textContent = text;
  el.classList.toggle('sca-message-toast', kind === 'toast');
  el.hidden = false;
  if (kind === 'toast')
    window.setTimeout(() => {
      el.hidden = true;
    }, 8000);
}
