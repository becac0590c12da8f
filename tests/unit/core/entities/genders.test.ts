// The genders the given names say (src/core/languages/names.ts, read by ../../../../src/core/entities/given-names):
// the women's and unisex lists hold only given names and do not overlap, and the look-up tells women's,
// men's, unisex and unknown names apart.
import { describe, expect, it } from 'vitest';
import { genderOfGivenName } from '../../../../src/core/entities';
import { names } from '../../../../src/core/languages/names';

const words = (list: string | undefined): string[] => (list ?? '').split(' ').filter(Boolean);

describe('given names and their genders', () => {
  it('lists as women’s or unisex only given names, none in both lists', () => {
    const given = new Set(words(names.givenNames));
    const female = words(names.femaleNames);
    const unisex = words(names.unisexNames);
    expect(female.filter((name) => !given.has(name))).toEqual([]);
    expect(unisex.filter((name) => !given.has(name))).toEqual([]);
    expect(female.filter((name) => unisex.includes(name))).toEqual([]);
  });

  it.each([
    ['Angela', 'female'],
    ['Hillary', 'female'],
    ['Peter', 'male'],
    ['Donald', 'male'],
    ['Andrea', null],
    ['Kim', null],
    ['Merkel', null],
  ])('reads %s as %s', (name, gender) => {
    expect(genderOfGivenName(names, name)).toBe(gender);
  });

  it('knows no gender without name lists', () => {
    expect(genderOfGivenName(undefined, 'Angela')).toBeNull();
  });
});
