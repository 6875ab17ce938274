// Live reload and the error overlay of `portal preview`. The preview server adds this script to every page it
// serves; a build never does, and the published site has no script at all.
//
// The server knows which version of which page this browser shows (data-page, data-version) and answers on one
// event stream: "reload" when this page or a file every page uses changed, "errors" when the content cannot be
// built (the page stays the last good version, with the errors over it), and "ok" when all is well again.
(() => {
  'use strict';

  const script = document.currentScript;
  if (!script || typeof EventSource === 'undefined') {
    return;
  }

  // The overlay's words are the theme's (the preview. keys of i18n/<lang>.yml), in the page's language.
  const language = document.documentElement.lang || '';
  const words = fetch('/_portal/strings.json')
    .then((response) => response.json())
    .then((all) => all[language] || all[language.split('-')[0]] || all.sv || Object.values(all)[0] || {})
    .catch(() => ({}))
    .then((found) => (key) => found[key] || key);

  const stylesheet = document.createElement('link');
  stylesheet.rel = 'stylesheet';
  stylesheet.href = '/_portal/preview.css';
  document.head.append(stylesheet);

  const overlayId = 'portal-preview-errors';

  // Counts the events shown: an overlay whose words arrive after a newer event ("ok") is not shown.
  let latest = 0;

  function remove() {
    document.getElementById(overlayId)?.remove();
  }

  function hide() {
    latest += 1;
    remove();
  }

  // Every text comes from the server's JSON and is set with textContent: content never becomes markup here.
  async function show(diagnostics) {
    latest += 1;
    const shown = latest;
    const word = await words;
    if (shown !== latest) {
      return;
    }

    remove();
    const overlay = document.createElement('section');
    overlay.id = overlayId;
    overlay.className = 'portal-preview';
    overlay.setAttribute('role', 'alert');
    overlay.setAttribute('aria-labelledby', overlayId + '-title');

    const title = document.createElement('h2');
    title.id = overlayId + '-title';
    title.textContent = word('errors.title');
    const intro = document.createElement('p');
    intro.textContent = word('errors.intro');

    const list = document.createElement('ul');
    for (const diagnostic of diagnostics) {
      const item = document.createElement('li');
      item.className = 'portal-preview__' + diagnostic.severity;
      const where = document.createElement('code');
      where.textContent = diagnostic.location;
      const severity = document.createElement('strong');
      severity.textContent = word(diagnostic.severity === 'error' ? 'errors.error' : 'errors.warning') + ' ' + diagnostic.code;
      item.append(where, ' ', severity, ': ', diagnostic.message);
      list.append(item);
    }

    const close = document.createElement('button');
    close.type = 'button';
    close.textContent = word('errors.hide');
    close.addEventListener('click', remove);

    overlay.append(title, intro, list, close);
    document.body.prepend(overlay);
  }

  const query = new URLSearchParams({ page: script.dataset.page || '', version: script.dataset.version || '0' });
  const events = new EventSource('/_portal/events?' + query.toString());
  // Marks the page as listening (tests and curious editors can see it in the DOM).
  events.addEventListener('open', () => {
    document.documentElement.dataset.portalPreview = 'connected';
  });
  events.addEventListener('reload', () => window.location.reload());
  events.addEventListener('ok', hide);
  events.addEventListener('errors', (event) => show(JSON.parse(event.data)));
})();
