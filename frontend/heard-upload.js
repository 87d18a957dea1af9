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
 * With `record="audio"` (and a browser that can), a button records a voice note in the page with the microphone
 * (MediaRecorder) and sends it like a chosen file; the file chooser stays below it for a recording made elsewhere,
 * and for a browser that refuses the microphone.
 *
 * Events (bubbling): `upload-complete` { uploadId, filename, bytes } and `upload-failed` { reason }; the last finished
 * upload's id also stays in `data-upload-id`.
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

const signedOut = (err) => Boolean(err && (err.signedOut || signedOut(err.causingError)));

class HeardUpload extends HTMLElement {
  static get observedAttributes() { return ['text-label', 'text-hint']; }

  connectedCallback() {
    if (!this.input) this.render();
    window.addEventListener('online', this.onOnline);
  }

  disconnectedCallback() {
    window.removeEventListener('online', this.onOnline);
    // Leaving the page ends a recording and lets go of the microphone
    if (this.recorder) this.recorder.stop();
    // Frameworks move elements (Vaadin does while a page starts): only a removal that lasts pauses the upload.
    // Its address stays stored, so choosing the file again carries on.
    setTimeout(() => {
      if (!this.isConnected && this.upload) {
        clearInterval(this.networkCheck);
        this.upload.abort(false);
      }
    });
  }

  render() {
    const id = `heard-upload-${++instances}`;
    this.innerHTML = `
      <label class="label" for="${id}"></label>
      <p class="hint" id="${id}-hint"></p>
      <input class="file-upload" type="file" id="${id}" aria-describedby="${id}-hint ${id}-status">
      <progress class="upload-progress" max="100" value="0" hidden aria-labelledby="${id}"></progress>
      <p class="hint upload-status" id="${id}-status" role="status"></p>
      <button type="button" class="button button--secondary upload-stop" hidden></button>`;
    if (this.getAttribute('record') === 'audio' && window.MediaRecorder && navigator.mediaDevices) {
      this.insertAdjacentHTML('afterbegin', `
        <div class="recorder">
          <button type="button" class="button recorder__toggle"></button>
          <p class="recorder__time" role="timer"></p>
        </div>`);
      this.toggle = this.querySelector('.recorder__toggle');
      this.time = this.querySelector('.recorder__time');
      this.toggle.addEventListener('click', () => this.toggleRecording());
    }
    this.input = this.querySelector('input');
    this.progress = this.querySelector('progress');
    this.status = this.querySelector('[role=status]');
    this.stop = this.querySelector('.upload-stop');
    this.renderTexts();
    if (this.getAttribute('accept')) this.input.accept = this.getAttribute('accept');
    this.input.addEventListener('change', () => { if (this.input.files.length) this.send(this.input.files[0]); });
    this.stop.addEventListener('click', () => this.cancel());
    this.onOnline = () => { if (this.upload && this.waitingForNetwork) this.resume(); };
  }

  attributeChangedCallback() { if (this.input) this.renderTexts(); }

  renderTexts() {
    this.querySelector('label').textContent = this.text('label');
    this.querySelector('.hint').textContent = this.text('hint');
    this.stop.textContent = this.text('stop');
    if (this.toggle) this.toggle.textContent = this.text(this.recorder ? 'record-stop' : 'record-start');
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
      // Signed out (or the session ended): stop without letting tus-js-client forget the upload's address, so that
      // after signing in again the same file carries on
      onAfterResponse: (req, res) => {
        if (res.getStatus() === 401 || res.getStatus() === 403) {
          const error = new Error(`tus: ${res.getStatus()} from ${req.getMethod()}`);
          error.signedOut = true;
          throw error;
        }
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

  async toggleRecording() {
    if (this.recorder) {
      this.recorder.stop();
      return;
    }
    let stream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch (err) {
      this.say(this.text('mic-refused'));
      return;
    }
    // What the browser can make: WebM/Opus (Chromium, Firefox) or MP4/AAC (Safari); the server takes both
    const type = ['audio/webm;codecs=opus', 'audio/ogg;codecs=opus', 'audio/mp4']
      .find((candidate) => MediaRecorder.isTypeSupported(candidate));
    const recorder = new MediaRecorder(stream, type ? { mimeType: type } : {});
    const parts = [];
    recorder.addEventListener('dataavailable', (event) => { if (event.data.size) parts.push(event.data); });
    recorder.addEventListener('stop', () => {
      stream.getTracks().forEach((track) => track.stop());
      clearInterval(this.clock);
      this.recorder = null;
      this.time.textContent = '';
      this.renderTexts();
      if (!this.isConnected) return;
      const mime = (recorder.mimeType || type || 'audio/webm').split(';')[0];
      const extension = mime.endsWith('mp4') ? 'm4a' : mime.endsWith('ogg') ? 'ogg' : 'webm';
      const stamp = new Date().toISOString().slice(0, 19).replace(/[-:T]/g, '');
      this.send(new File(parts, `voice-recording-${stamp}.${extension}`, { type: mime }));
    });
    // A part every second, so a long recording is never one growing buffer to copy at the end
    recorder.start(1000);
    this.recorder = recorder;
    this.renderTexts();
    this.say(this.text('recording'));
    const started = Date.now();
    this.clock = setInterval(() => {
      const seconds = Math.floor((Date.now() - started) / 1000);
      this.time.textContent = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
    }, 500);
  }

  resume() {
    this.waitingForNetwork = false;
    clearInterval(this.networkCheck);
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
    if (FINAL_STATUSES.includes(status) || signedOut(err)) return false;
    if (!navigator.onLine) {
      // tus-js-client gives up offline; wait for the connection instead (the 'online' event, or a look now and then
      // where a browser misses it)
      this.waitingForNetwork = true;
      clearInterval(this.networkCheck);
      this.networkCheck = setInterval(() => { if (navigator.onLine) this.onOnline(); }, 5000);
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
    this.dataset.uploadId = uploadId;
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
    const reason = signedOut(err) ? 'signed-out' : status === 413 ? 'too-large' : 'failed';
    this.stop.hidden = true;
    this.say(this.text(reason, this.file.name));
    this.dispatchEvent(new CustomEvent('upload-failed', { bubbles: true, detail: { reason, status } }));
  }

  say(message) { this.status.textContent = message; }
}

customElements.define('heard-upload', HeardUpload);
