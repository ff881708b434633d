/**
 * Where an entry address leads with a build's maps, as the address page's script finds it
 * (src/editor/open-entry.js): its query's collection, key and language; undefined for anything else.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressMap } from '../../src/editor/preview-links.ts';

export function lookUpAddress(address: string, maps: ReadonlyMap<string, AddressMap>): string | undefined {
  const query = new URL(address, 'https://entry.invalid').searchParams;
  const map = maps.get(query.get('collection') ?? '');
  const key = query.get('key') ?? '';
  const lang = query.get('lang') ?? '';
  if (!map || !Object.hasOwn(map, key) || !Object.hasOwn(map[key]!, lang)) return undefined;
  return map[key]![lang as keyof AddressMap[string]];
}

/** The maps a build wrote in a folder of entry addresses, by collection. */
export function readAddressMaps(folder: string): Map<string, AddressMap> {
  return new Map(
    readdirSync(folder)
      .filter((name) => name.endsWith('.json'))
      .map((name) => [
        name.slice(0, -'.json'.length),
        JSON.parse(readFileSync(join(folder, name), 'utf8')) as AddressMap,
      ]),
  );
}
