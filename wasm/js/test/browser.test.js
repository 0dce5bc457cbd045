// The package in a browser page and in a module Web Worker (Debian's Chromium through
// playwright-core), loading dist/ over HTTP the way a site serves it. Skipped with a notice when
// Chromium is not installed ($CHROMIUM_PATH, else /usr/bin/chromium).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { goldenDir, packageDir } from '../testing/support.js';

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm', '.json': 'application/json' };
const definition = readFileSync(join(goldenDir, 'validate_json', 'broken.json'), 'utf8');
const expected = JSON.parse(readFileSync(join(goldenDir, 'validate_json', 'stdout'), 'utf8'));

// Serves the package directory; "/" is an empty page.
function serve() {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
    if (path === '/') {
      response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>asl-wasm</title>');
      return;
    }
    const file = join(packageDir, path);
    if (!file.startsWith(packageDir) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('in Chromium', { skip: existsSync(chromium) ? false : `Chromium not found at ${chromium}` }, () => {
  let server;
  let browser;
  let page;

  before(async () => {
    const { chromium: launcher } = await import('playwright-core');
    server = await serve();
    browser = await launcher.launch({ executablePath: chromium, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
    page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
  });

  after(async () => {
    await browser?.close();
    server?.close();
  });

  test('a page imports the package and validates', async () => {
    const result = await page.evaluate(async (text) => {
      const { createAsl } = await import('/index.js');
      const asl = await createAsl();
      return { version: asl.version, report: asl.validate(text), graph: asl.graph(text), bad: asl.validate(7) };
    }, definition);
    assert.match(result.version, /^\d+\.\d+\.\d+/);
    assert.deepEqual(result.report, expected);
    assert.equal(result.graph.nodes.length, 3);
    assert.equal(result.bad.diagnostics[0].code, 'INVALID_ARGUMENT');
  });

  test('wasmUrl and wasmBinary load the module', async () => {
    const result = await page.evaluate(async () => {
      const { createAsl } = await import('/index.js');
      const fromUrl = await createAsl({ wasmUrl: '/dist/asl-core.wasm' });
      const bytes = await (await fetch('/dist/asl-core.wasm')).arrayBuffer();
      const fromBytes = await createAsl({ wasmBinary: bytes });
      return [fromUrl.validate('{}').valid, fromBytes.validate('{}').valid];
    });
    assert.deepEqual(result, [false, false]);
  });

  test('a page runs an execution with an async handler, yielding to the event loop', async () => {
    const result = await page.evaluate(async () => {
      const { createAsl } = await import('/index.js');
      const asl = await createAsl();
      const definition = JSON.stringify({
        StartAt: 'Count',
        States: {
          Count: { Type: 'Pass', Parameters: { 'n.$': 'States.MathAdd($.n, 1)' }, Next: 'Check' },
          Check: { Type: 'Choice', Choices: [{ Variable: '$.n', NumericLessThan: 100000, Next: 'Count' }], Default: 'Ask' },
          Ask: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true },
        },
      });
      let ticks = 0;
      const timer = setInterval(() => { ticks += 1; }, 1);
      const handlers = { Ask: async (input) => { await new Promise((r) => setTimeout(r, 5)); return { answered: input.n }; } };
      const { status, output, history } = await asl.start(definition, { n: 0 }, { handlers, maxHistoryEvents: 0, dataFlow: false }).run();
      clearInterval(timer);
      return { status, output, events: history.length, ticks };
    });
    assert.deepEqual([result.status, result.output], ['SUCCEEDED', { answered: 100000 }]);
    assert.ok(result.events > 400000);
    assert.ok(result.ticks > 0, 'no timer ran during the execution');
  });

  test('a module Web Worker imports the package and validates', async () => {
    const report = await page.evaluate(async (text) => {
      const source = `import { createAsl } from '${location.origin}/index.js';
        const asl = await createAsl();
        self.onmessage = (event) => self.postMessage(asl.validate(event.data));
        self.postMessage('ready');`;
      const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
      const worker = new Worker(url, { type: 'module' });
      return new Promise((resolve, reject) => {
        worker.onerror = (event) => reject(new Error(event.message));
        worker.onmessage = (event) => {
          if (event.data === 'ready') worker.postMessage(text);
          else resolve(event.data);
        };
      });
    }, definition);
    assert.deepEqual(report, expected);
  });
});
