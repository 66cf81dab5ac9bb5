import { doubleMetaphone } from 'double-metaphone';
import { decodeSearchIndex, encodeShards, ShardedSearchData } from '#lib/search/search-shards.ts';
import { soundCodesOf } from '#lib/search/sound-alike.ts';
import type { SearchData } from '#lib/search/search-words.ts';

/**
 * Search data written in shards as the build writes them (English: with its sound codes), read from
 * memory as the dialog fetches them, with the shards each call fetched, in order.
 */
export function shardedFromMemory(data: SearchData): {
  source: ShardedSearchData;
  fetched: number[];
} {
  const { index, shards } = encodeShards(data, (word) => soundCodesOf(word, doubleMetaphone));
  const fetched: number[] = [];
  const source = new ShardedSearchData(decodeSearchIndex(index), async (shard) => {
    fetched.push(shard);
    const text = shards.get(shard);
    if (text === undefined) throw new Error(`shard ${shard} was never written`);
    return text;
  });
  return { source, fetched };
}
