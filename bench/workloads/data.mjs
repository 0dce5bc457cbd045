// Deterministic data for the benchmark workloads: the 10,000-item document and the
// ~200 KB payload. Our own seeded generator (the shared corpus's data came from another one),
// so expected outputs are computed by workloads.mjs from whatever data is used.

/** A 32-bit seeded PRNG (mulberry32): returns floats in [0, 1). */
export function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CITIES = ['Kyiv', 'Oslo', 'Lyon', 'Lima', 'Pune', 'Kobe', 'Cork', 'Rome'];
const WORDS = ['lorem', 'ipsum', 'dolor', 'sit', 'amet', 'consectetur', 'adipiscing', 'elit',
  'sed', 'do'];
const TIERS = ['gold', 'silver', 'bronze'];

/** {round: {r: 0}, data: {items: [10,000 items]}}: the input of map_inline and jsonpath_heavy. */
export function items10k(seed = 10000) {
  const rand = seededRandom(seed);
  const int = (n) => Math.floor(rand() * n);
  const items = [];
  for (let id = 0; id < 10000; id++) {
    items.push({
      id,
      x: int(10),
      y: int(1000),
      name: `item-${String(id).padStart(6, '0')}`,
      category: `cat-${int(10)}`,
      active: rand() < 0.5,
      price: 1 + int(999),
      qty: 1 + int(20),
      addr: { city: CITIES[int(CITIES.length)], zip: String(int(100000)).padStart(5, '0') },
    });
  }
  return { round: { r: 0 }, data: { items } };
}

/** {doc: {version, records: [800 customers]}, marks: {}, round: {r: 0}, step: -1}: ~200 KB. */
export function bigPayload(seed = 198) {
  const rand = seededRandom(seed);
  const int = (n) => Math.floor(rand() * n);
  const records = [];
  for (let id = 0; id < 800; id++) {
    const month = String(1 + (id % 12)).padStart(2, '0');
    const day = String(1 + (id % 28)).padStart(2, '0');
    records.push({
      id,
      name: `customer-${String(id).padStart(5, '0')}`,
      email: `c${id}@example.org`,
      balance: int(400000),
      flags: [rand() < 0.5, rand() < 0.5, rand() < 0.5],
      meta: { created: `2024-${month}-${day}T10:00:00Z`, tier: TIERS[int(TIERS.length)] },
      notes: Array.from({ length: 12 }, () => WORDS[int(WORDS.length)]).join(' '),
    });
  }
  return { doc: { version: 3, records }, marks: {}, round: { r: 0 }, step: -1 };
}
