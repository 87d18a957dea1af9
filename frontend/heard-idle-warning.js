/*
 * Warns before Heard signs a person out for inactivity, and lets them stay signed in (WCAG 2.2.1 Timing
 * Adjustable). The server ends the session on its own (IdleSessionFilter); this element only mirrors its clock:
 * every request to the server, except heartbeats, counts as activity, so the deadline restarts whenever Vaadin
 * finishes one. A plain custom element so the bundle needs no extra library.
 */
class HeardIdleWarning extends HTMLElement {
  connectedCallback() {
    this.restart = this.restart.bind(this);
    this.tick = this.tick.bind(this);
    const state = window.Vaadin && window.Vaadin.connectionState;
    if (state) {
      this.stateListener = (previous, current) => {
        if (previous === 'loading' && current === 'connected') this.restart();
      };
      state.addStateChangeListener(this.stateListener);
    }
    // A phone that slept may wake after the deadline: check at once rather than wait for a throttled timer
    this.visibilityListener = () => { if (document.visibilityState === 'visible') this.tick(); };
    document.addEventListener('visibilitychange', this.visibilityListener);
    this.restart();
    this.timer = setInterval(this.tick, 1000);
  }

  disconnectedCallback() {
    clearInterval(this.timer);
    document.removeEventListener('visibilitychange', this.visibilityListener);
    const state = window.Vaadin && window.Vaadin.connectionState;
    if (state && this.stateListener) state.removeStateChangeListener(this.stateListener);
  }

  get timeoutMs() { return Number(this.getAttribute('timeout-seconds')) * 1000; }

  get warningMs() { return Number(this.getAttribute('warning-seconds')) * 1000; }

  restart() {
    this.deadline = Date.now() + this.timeoutMs;
    this.closeDialog();
  }

  tick() {
    const left = this.deadline - Date.now();
    if (left <= 0) {
      this.signOut();
    } else if (left <= this.warningMs) {
      this.openDialog(left);
    }
  }

  openDialog(left) {
    if (!this.dialog) this.dialog = this.buildDialog();
    this.dialog.querySelector('[data-countdown]').textContent = this.describe(left);
    if (!this.dialog.open) {
      this.dialog.showModal();
      this.dialog.querySelector('[data-stay]').focus();
    }
  }

  closeDialog() {
    if (this.dialog && this.dialog.open) this.dialog.close();
  }

  describe(left) {
    const seconds = Math.ceil(left / 1000);
    const minutes = Math.floor(seconds / 60);
    const rest = seconds % 60;
    const parts = [];
    if (minutes > 0) parts.push(`${minutes} ${minutes === 1 ? this.text('minute') : this.text('minutes')}`);
    if (rest > 0 || minutes === 0) parts.push(`${rest} ${rest === 1 ? this.text('second') : this.text('seconds')}`);
    return parts.join(' ');
  }

  text(name) { return this.getAttribute(`text-${name}`) || ''; }

  buildDialog() {
    const dialog = document.createElement('dialog');
    dialog.className = 'idle-warning';
    dialog.setAttribute('role', 'alertdialog');
    dialog.setAttribute('aria-labelledby', 'idle-warning-title');
    dialog.setAttribute('aria-describedby', 'idle-warning-body');
    dialog.innerHTML = `
      <h2 class="heading-m" id="idle-warning-title"></h2>
      <p class="body" id="idle-warning-body"><span data-lead></span> <strong data-countdown></strong>.
        <span data-saved></span></p>
      <button type="button" class="button" data-stay></button>
      <button type="button" class="button button--secondary" data-sign-out></button>`;
    dialog.querySelector('#idle-warning-title').textContent = this.text('title');
    dialog.querySelector('[data-lead]').textContent = this.text('lead');
    dialog.querySelector('[data-saved]').textContent = this.text('saved');
    dialog.querySelector('[data-stay]').textContent = this.text('stay');
    dialog.querySelector('[data-sign-out]').textContent = this.text('sign-out');
    dialog.querySelector('[data-stay]').addEventListener('click', () => this.staySignedIn());
    dialog.querySelector('[data-sign-out]').addEventListener('click', () => this.signOut());
    // Escape means "I'm still here", never a silent sign-out
    dialog.addEventListener('cancel', (event) => { event.preventDefault(); this.staySignedIn(); });
    this.appendChild(dialog);
    return dialog;
  }

  staySignedIn() {
    this.restart();
    if (this.$server) this.$server.staySignedIn();
  }

  signOut() {
    clearInterval(this.timer);
    if (this.$server) this.$server.signOut();
    // If the server has already ended the session, Vaadin cannot answer: go to the signed-out page anyway
    setTimeout(() => window.location.assign('/signed-out'), 3000);
  }
}

customElements.define('heard-idle-warning', HeardIdleWarning);
