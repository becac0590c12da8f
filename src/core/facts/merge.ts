// One fact per phrase: where hits overlap, the longer wins, and between hits of the same length the
// higher rank (money > percent > date > number). So `am 5. August 1930` is one date, not a date plus the
// numbers 5 and 1930, and `44 Milliarden US-Dollar` is money, not a number.
import type { Candidate, FoundFact } from './types';

let buffer = new Uint8Array(1024);

export function merge(candidates: Candidate[], length: number): FoundFact[] {
  // One buffer for all calls, cleared for each (findFigures runs once per block of every article).
  if (buffer.length < length + 1) buffer = new Uint8Array(Math.max(length + 1, buffer.length * 2));
  const taken = buffer;
  taken.fill(0, 0, length + 1);
  const kept: FoundFact[] = [];
  const order = [...candidates].sort(
    (a, b) => b.fact.end - b.fact.start - (a.fact.end - a.fact.start) || b.rank - a.rank || a.fact.start - b.fact.start,
  );
  for (const { fact } of order) {
    let free = fact.end > fact.start;
    for (let i = fact.start; free && i < fact.end; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, fact.start, fact.end);
    kept.push(fact);
  }
  return kept.sort((a, b) => a.start - b.start);
}
