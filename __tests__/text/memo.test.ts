import { memoize, memoizeByObject } from "../../src/text/memo.js";

describe("memoize", () => {
  it("computes a key once and returns the remembered result after", () => {
    const calls: string[] = [];
    const upper = memoize((text: string) => {
      calls.push(text);
      return text.toUpperCase();
    }, (text) => text);
    expect([upper("kim"), upper("lee"), upper("kim")]).toEqual(["KIM", "LEE", "KIM"]);
    expect(calls).toEqual(["kim", "lee"]);
  });

  it("tells arguments apart by the key, so different arguments with one key share a result", () => {
    const add = memoize((a: number, b: number) => a + b, (a, b) => `${a},${b}`);
    expect([add(1, 2), add(2, 1), add(1, 2)]).toEqual([3, 3, 3]);
    const first = memoize((a: number, b: number) => a - b, (a) => String(a));
    expect([first(5, 1), first(5, 3)]).toEqual([4, 4]);
  });

  it("remembers falsy results (0, false, null) as well", () => {
    let calls = 0;
    const zero = memoize((text: string): number | null => {
      calls += 1;
      return text === "" ? null : 0;
    }, (text) => text);
    expect([zero(""), zero(""), zero("a"), zero("a")]).toEqual([null, null, 0, 0]);
    expect(calls).toBe(2);
  });

  it("keeps giving right answers after it starts over at its size limit", () => {
    const double = memoize((n: number) => n * 2, (n) => String(n));
    let wrong = 0;
    for (let n = 0; n < 120_000; n++) if (double(n) !== n * 2) wrong += 1;
    expect(wrong).toBe(0);
    expect([double(7), double(119_999)]).toEqual([14, 239_998]);
  });
});

describe("memoizeByObject", () => {
  it("computes once per object, and again for another object with the same contents", () => {
    const seen: object[] = [];
    const keys = memoizeByObject((o: { readonly names: readonly string[] }) => {
      seen.push(o);
      return o.names.join(",");
    });
    const [a, b] = [{ names: ["US", "China"] }, { names: ["US", "China"] }];
    expect([keys(a), keys(b), keys(a), keys(b)]).toEqual(["US,China", "US,China", "US,China", "US,China"]);
    expect(seen).toEqual([a, b]);
    expect(seen[0]).toBe(a);
    expect(seen[1]).toBe(b);
  });

  it("returns the very object it built the first time", () => {
    const build = memoizeByObject((o: object) => ({ of: o }));
    const key = {};
    expect(build(key)).toBe(build(key));
    expect(build(key)).not.toBe(build({}));
  });
});
