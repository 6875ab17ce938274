// Measures what a resident's first search costs: the bytes the search page fetches after it has loaded, for each
// query, in a fresh browser context (nothing cached), on a site served without compression (the index files are
// gzipped by the portal itself). Prints one line per query and a JSON summary.
// Usage: node measure.mjs SITE_DIR [CHROMIUM]
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const [siteDirectory, executablePath = '/usr/bin/chromium'] = process.argv.slice(2);
const types = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.gz': 'application/gzip', '.svg': 'image/svg+xml' };
const server = http.createServer((request, response) => {
  const file = path.join(siteDirectory, decodeURIComponent(new URL(request.url, 'http://x').pathname).replace(/^\/site\//, ''));
  fs.readFile(file, (error, body) => {
    if (error) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'Content-Type': types[path.extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': "default-src 'none'; style-src 'self'; img-src 'self'; script-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    }).end(body);
  });
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}/site/`;

const queries = [
  { name: 'a common word', query: 'vänort' },
  { name: 'a partner by name', query: 'Partnerort 21171' },
  { name: 'an inflected form', query: 'vänorterna' },
  { name: 'without å, ä, ö', query: 'vanort' },
  { name: 'nonsense', query: 'xqzzvplk' },
  { name: 'a filter', params: 'status=ended' },
  { name: 'a word and two filters', query: 'kultur', params: 'status=active&country=FI' },
];

const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
const results = [];
for (const { name, query, params } of queries) {
  const context = await browser.newContext();
  const page = await context.newPage();
  let loaded = false;
  let before = 0;
  let after = 0;
  const files = [];
  page.on('response', async (response) => {
    const afterLoad = loaded;
    const body = await response.body().catch(() => Buffer.alloc(0));
    if (afterLoad) {
      after += body.length;
      files.push(`${path.basename(new URL(response.url()).pathname)} ${body.length}`);
    } else {
      before += body.length;
    }
  });
  await page.goto(`${base}sok.html${params ? `?${params}` : ''}`, { waitUntil: 'load' });
  loaded = true;
  const status = page.locator('[data-search-status]');
  if (query) {
    await page.locator('#search-query').fill(query);
    await page.locator('#search-query').press('Enter');
  }
  await status.filter({ hasText: /\S/ }).waitFor();
  await page.waitForLoadState('networkidle');
  const announced = (await status.textContent()).trim();
  results.push({ name, query, params, pageLoadBytes: before, firstQueryBytes: after, announced, files });
  console.log(`${name.padEnd(24)} ${String(after).padStart(7)} bytes after load (page load ${before}): ${announced}`);
  await context.close();
}
await browser.close();
server.close();
const worst = Math.max(...results.map((r) => r.firstQueryBytes));
console.log(`largest first query: ${worst} bytes (${(worst / 1024).toFixed(1)} KB)`);
fs.writeFileSync(path.join(siteDirectory, '..', 'search-bytes.json'), JSON.stringify(results, null, 2));
