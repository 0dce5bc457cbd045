// Shared fixtures: a static server for web/dist per worker (its URL is the baseURL; set
// ASL_E2E_BASE_URL to test a site served elsewhere instead), and a page object for the playground.
import { test as base, expect } from '@playwright/test';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveDirectory } from '../web/serve.mjs';
import { loadExamples } from '../web/build/examples-plugin.mjs';
import { Playground } from './playground.js';

const here = path.dirname(fileURLToPath(import.meta.url));
export const kRoot = path.resolve(here, '..');
export const kScreenshots = path.join(here, 'screenshots');

/** The examples as the site bundles them. */
export const examples = await loadExamples(path.join(kRoot, 'examples'));

export const test = base.extend({
  serverUrl: [
    async ({}, use) => {
      if (process.env.ASL_E2E_BASE_URL) {
        await use(process.env.ASL_E2E_BASE_URL);
        return;
      }
      const server = await serveDirectory({ dir: path.join(kRoot, 'web', 'dist') });
      await use(server.url);
      await server.close();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ serverUrl }, use) => use(serverUrl),
  playground: async ({ page }, use) => use(new Playground(page)),
});

export { expect };
