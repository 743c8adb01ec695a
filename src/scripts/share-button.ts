/**
 * `<share-button>` reveals its hidden "Bagikan" button where the browser has the Web Share API
 * (most phones), which opens the system's share sheet: WhatsApp, Telegram, e-mail, copy. Where it
 * has not, or with JavaScript off, the WhatsApp link beside it works on its own.
 */
class ShareButton extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    const { title = '', text = '', url = location.href } = this.dataset;
    const data = { title, text, url };
    if (!button || typeof navigator.share !== 'function') return;
    if (navigator.canShare && !navigator.canShare(data)) return;
    button.hidden = false;
    button.addEventListener('click', () => {
      // A reader who closes the share sheet rejects the promise; nothing is wrong, so nothing is said.
      navigator.share(data).catch(() => undefined);
    });
  }
}

customElements.define('share-button', ShareButton);
