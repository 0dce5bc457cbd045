// esbuild plugin: `import examples from 'asl-examples'` yields the workflows of examples/,
// read at build time, ordered by directory name: [{name, title, readme, definition, input,
// handlers, mocks}]. The title is the README's first heading.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

async function readOptional(file) {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return '';
  }
}

/** Reads every example directory (exported for tests and the e2e suite). */
export async function loadExamples(dir) {
  const entries = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory());
  entries.sort((a, b) => a.name.localeCompare(b.name));
  const examples = [];
  for (const entry of entries) {
    const base = path.join(dir, entry.name);
    const definition = await readOptional(path.join(base, 'definition.json'));
    if (!definition) continue;
    const readme = await readOptional(path.join(base, 'README.md'));
    const heading = /^#\s+(.+)$/m.exec(readme);
    examples.push({
      name: entry.name,
      title: heading ? heading[1].trim() : entry.name,
      readme: heading ? readme.replace(heading[0], '').trim() : readme.trim(),
      definition,
      input: (await readOptional(path.join(base, 'input.json'))) || '{}\n',
      handlers: await readOptional(path.join(base, 'handlers.js')),
      mocks: await readOptional(path.join(base, 'mocks.json')),
    });
  }
  return examples;
}

/** @param {string} dir  The examples directory. */
export function examplesPlugin(dir) {
  return {
    name: 'asl-examples',
    setup(build) {
      build.onResolve({ filter: /^asl-examples$/ }, () => ({ path: dir, namespace: 'asl-examples' }));
      build.onLoad({ filter: /.*/, namespace: 'asl-examples' }, async () => ({
        contents: `export default ${JSON.stringify(await loadExamples(dir))};`,
        loader: 'js',
        watchDirs: [dir],
      }));
    },
  };
}
