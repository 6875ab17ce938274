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

  const english = (document.documentElement.lang || '').startsWith('en');
  const words = english
    ? {
        title: 'The content has errors',
        intro: 'You are seeing the last version that built. Fix the errors below and save: this page updates by itself.',
        hide: 'Hide',
        error: 'error',
        warning: 'warning',
      }
    : {
        title: 'Innehållet har fel',
        intro: 'Du ser den senaste versionen som gick att bygga. Rätta felen nedan och spara: sidan uppdateras av sig själv.',
        hide: 'Dölj',
        error: 'fel',
        warning: 'varning',
      };

  const stylesheet = document.createElement('link');
  stylesheet.rel = 'stylesheet';
  stylesheet.href = '/_portal/preview.css';
  document.head.append(stylesheet);

  const overlayId = 'portal-preview-errors';

  function hide() {
    document.getElementById(overlayId)?.remove();
  }

  // Every text comes from the server's JSON and is set with textContent: content never becomes markup here.
  function show(diagnostics) {
    hide();
    const overlay = document.createElement('section');
    overlay.id = overlayId;
    overlay.className = 'portal-preview';
    overlay.setAttribute('role', 'alert');
    overlay.setAttribute('aria-labelledby', overlayId + '-title');

    const title = document.createElement('h2');
    title.id = overlayId + '-title';
    title.textContent = words.title;
    const intro = document.createElement('p');
    intro.textContent = words.intro;

    const list = document.createElement('ul');
    for (const diagnostic of diagnostics) {
      const item = document.createElement('li');
      item.className = 'portal-preview__' + diagnostic.severity;
      const where = document.createElement('code');
      where.textContent = diagnostic.location;
      const severity = document.createElement('strong');
      severity.textContent = (diagnostic.severity === 'error' ? words.error : words.warning) + ' ' + diagnostic.code;
      item.append(where, ' ', severity, ': ', diagnostic.message);
      list.append(item);
    }

    const close = document.createElement('button');
    close.type = 'button';
    close.textContent = words.hide;
    close.addEventListener('click', hide);

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
