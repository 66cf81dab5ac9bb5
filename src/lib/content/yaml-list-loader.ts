import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parseYamlList } from './yaml-list';

/**
 * A content-layer loader for one YAML file holding a list of entries with ids
 * (content/glossary.yaml and the like). Parsing and id checks live in parseYamlList.
 */
export function yamlList(fileName: string): Loader {
  return {
    name: 'yaml-list',
    load: async ({ config, store, parseData, watcher, logger }) => {
      const filePath = fileURLToPath(new URL(fileName, config.root));
      const sync = async (): Promise<void> => {
        const items = parseYamlList(await readFile(filePath, 'utf8'), fileName);
        store.clear();
        for (const { id, data } of items) {
          store.set({ id, data: await parseData({ id, data, filePath }), filePath: fileName });
        }
      };
      await sync();
      watcher?.add(filePath);
      watcher?.on('change', (changed) => {
        if (changed !== filePath) return;
        logger.info(`Reloading ${fileName}`);
        sync().catch((error: unknown) => logger.error(String(error)));
      });
    },
  };
}
