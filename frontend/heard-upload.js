/*
 * Sends one file to the portal's tus endpoint (/uploads/, docs/decisions/0008) with tus-js-client, for one question
 * of one case's views. The bytes go in chunks; a dropped connection is retried with growing pauses and carries on
 * from what the server already has; after a reload, choosing the same file again carries on too (the upload's
 * address is kept in localStorage under a fingerprint of the file, the case, the views and the question, and removed
 * once the upload is done). Requests carry the CSRF token from the page's <meta> tags and the session cookie.
 *
 *   <heard-upload case="…" kind="about-me" question="enjoy-doing" accept="image/*,video/*" max-bytes="…"
 *                 text-label="…" text-hint="…" …>
 *
 * Events (bubbling): `upload-complete` { uploadId, filename, bytes } and `upload-failed` { reason }.
 * Light DOM: the portal's stylesheet applies, and the label, hint and status are ordinary page text.
 */
import { Upload } from 'tus-js-client';

const ENDPOINT = '/uploads/';
// Each request stays short on a slow connection; a proxy in front must allow bodies of this size
const CHUNK_BYTES = 8 * 1024 * 1024;
// Pauses before each retry; about ten minutes in all, then the person is asked to choose the file again
const RETRY_DELAYS = [0, 1000, 3000, 5000, 10000, 20000, 30000, 60000, 60000, 120000, 120000, 180000];
// Not worth retrying: signed out, refused, gone, too large, or not a tus request
const FINAL_STATUSES = [400, 401, 403, 404, 410, 412, 413, 415];

let instances = 0;

class HeardUpload extends HTMLElement {
  static get observedAttributes() { return ['text-label', 'text-hint']; }

  connectedCallback() {
    if (this.input) return;
    const id = `heard-upload-${++instances}`;
    this.innerHTML = `
      <label class="label" for="${id}"></label>
      <p class="hint" id="${id}-hint"></p>
      <input class="file-upload" type="file" id="${id}" aria-describedby="${id}-hint ${id}-status">
      <progress class="upload-progress" max="100" value="0" hidden aria-labelledby="${id}"></progress>
      <p class="hint upload-status" id="${id}-status" role="status"></p>
      <button type="button" class="button button--secondary" hidden></button>`;
    this.input = this.querySelector('input');
    this.progress = this.querySelector('progress');
    this.status = this.querySelector('[role=status]');
    this.stop = this.querySelector('button');
    this.renderTexts();
    if (this.getAttribute('accept')) this.input.accept = this.getAttribute('accept');
    this.input.addEventListener('change', () => { if (this.input.files.length) this.send(this.input.files[0]); });
    this.stop.addEventListener('click', () => this.cancel());
    this.onOnline = () => { if (this.upload && this.waitingForNetwork) this.resume(); };
    window.addEventListener('online', this.onOnline);
  }

  disconnectedCallback() {
    window.removeEventListener('online', this.onOnline);
    // Leaving the page pauses the upload; its address stays stored, so choosing the file again carries on
    if (this.upload) this.upload.abort(false);
  }

  attributeChangedCallback() { if (this.input) this.renderTexts(); }

  renderTexts() {
    this.querySelector('label').textContent = this.text('label');
    this.querySelector('.hint').textContent = this.text('hint');
    this.stop.textContent = this.text('stop');
  }

  text(name, ...values) {
    return (this.getAttribute(`text-${name}`) || '').replace(/\{(\d)\}/g, (_, i) => values[Number(i)] ?? '');
  }

  send(file) {
    if (this.upload) this.upload.abort(false);
    const maxBytes = Number(this.getAttribute('max-bytes'));
    if (maxBytes && file.size > maxBytes) {
      this.say(this.text('too-large', file.name));
      return;
    }
    this.file = file;
    this.announced = -1;
    this.resumed = false;
    this.upload = new Upload(file, {
      endpoint: ENDPOINT,
      chunkSize: CHUNK_BYTES,
      retryDelays: RETRY_DELAYS,
      removeFingerprintOnSuccess: true,
      metadata: {
        caseId: this.getAttribute('case'),
        kind: this.getAttribute('kind'),
        question: this.getAttribute('question'),
        filename: file.name,
      },
      fingerprint: (f) => Promise.resolve(['heard', this.getAttribute('case'), this.getAttribute('kind'),
        this.getAttribute('question'), f.name, f.type, f.size, f.lastModified].join('/')),
      onBeforeRequest: (req) => {
        const header = document.querySelector('meta[name="_csrf_header"]');
        const token = document.querySelector('meta[name="_csrf"]');
        if (header && token) req.setHeader(header.content, token.content);
      },
      onShouldRetry: (err, attempt) => this.shouldRetry(err, attempt),
      onProgress: (sent, total) => this.showProgress(sent, total),
      onSuccess: () => this.done(),
      onError: (err) => this.failed(err),
    });
    this.upload.findPreviousUploads().then((previous) => {
      if (previous.length) {
        this.upload.resumeFromPreviousUpload(previous[0]);
        this.resumed = true;
      }
      this.resume();
    });
  }

  resume() {
    this.waitingForNetwork = false;
    this.progress.hidden = false;
    this.stop.hidden = false;
    this.upload.start();
  }

  cancel() {
    // Deletes what the server has so far; the stored address goes too
    this.upload.abort(true).catch(() => {});
    this.upload = null;
    this.progress.hidden = true;
    this.stop.hidden = true;
    this.input.value = '';
    this.say(this.text('stopped'));
  }

  shouldRetry(err, attempt) {
    const status = err.originalResponse ? err.originalResponse.getStatus() : 0;
    if (FINAL_STATUSES.includes(status)) return false;
    if (!navigator.onLine) {
      // tus-js-client gives up offline; wait for the 'online' event instead
      this.waitingForNetwork = true;
      this.say(this.text('offline'));
      return false;
    }
    this.say(this.text('retrying', Math.round(RETRY_DELAYS[attempt] / 1000)));
    return true;
  }

  showProgress(sent, total) {
    const percent = Math.floor((sent / total) * 100);
    this.progress.value = percent;
    // A screen reader hears every quarter, not every chunk
    const quarter = Math.floor(percent / 25);
    if (percent < 100 && quarter !== this.announced) {
      const first = this.announced < 0;
      this.announced = quarter;
      this.say(this.text(first && this.resumed && sent > 0 ? 'resumed' : 'sending', this.file.name, percent));
    }
  }

  done() {
    const uploadId = this.upload.url.substring(this.upload.url.lastIndexOf('/') + 1);
    this.progress.value = 100;
    this.stop.hidden = true;
    this.say(this.text('done', this.file.name));
    this.dispatchEvent(new CustomEvent('upload-complete', {
      bubbles: true,
      detail: { uploadId, filename: this.file.name, bytes: this.file.size },
    }));
    this.upload = null;
  }

  failed(err) {
    if (this.waitingForNetwork) return;
    const status = err.originalResponse ? err.originalResponse.getStatus() : 0;
    const reason = status === 401 || status === 403 ? 'signed-out' : status === 413 ? 'too-large' : 'failed';
    this.stop.hidden = true;
    this.say(this.text(reason, this.file.name));
    this.dispatchEvent(new CustomEvent('upload-failed', { bubbles: true, detail: { reason, status } }));
  }

  say(message) { this.status.textContent = message; }
}

customElements.define('heard-upload', HeardUpload);
