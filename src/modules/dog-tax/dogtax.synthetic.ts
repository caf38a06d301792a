// A reproducible register of invented households and dogs for the annual run's tests and benchmark
// (bench/dogtax): names, streets and breeds from small lists, a seeded generator, about one dog in twenty
// on an LHundG list, some households with two or three dogs, some with a SEPA mandate. Never demo data of
// real people; never used by the running application.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { withTenant } from '../../platform/db/tenant-scope.ts';
import { createRegisterRepository } from './dogtax.register.repository.ts';
import type { DogTaxTables } from './dogtax.tables.ts';

const firstNames = [
  'Anna',
  'Ben',
  'Clara',
  'David',
  'Emma',
  'Felix',
  'Greta',
  'Hannes',
  'Ida',
  'Jonas',
  'Lea',
  'Milan',
];
const lastNames = [
  'Becker',
  'Fischer',
  'Hoffmann',
  'Klein',
  'Krause',
  'Lang',
  'Meyer',
  'Neumann',
  'Schäfer',
  'Wolf',
];
const streets = [
  'Am Hammer',
  'Brückenstraße',
  'Eichenweg',
  'Gartenstraße',
  'Hülser Straße',
  'Kirchstraße',
  'Marktstraße',
  'Weyerstraße',
];
const breeds = [
  'Labrador Retriever',
  'Mischling',
  'Dackel',
  'Golden Retriever',
  'Beagle',
  'Border Collie',
  'Jack Russell Terrier',
  'Deutscher Schäferhund',
  'Pudel',
  'Havaneser',
];
const listedBreeds: [string, 'section3' | 'section10', boolean][] = [
  ['American Staffordshire Terrier', 'section3', true],
  ['Rottweiler', 'section10', false],
  ['Staffordshire Bullterrier', 'section3', true],
];
const colours = ['schwarz', 'braun', 'weiß', 'gestromt', 'rot', 'schwarz-weiß'];

/** Mulberry32: small, fast, good enough for test data; the same seed gives the same register. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]! };
}

export interface SyntheticRegister {
  households: number;
  dogs: number;
  dangerous: number;
}

/** Inserts `households` households with `dogs` dogs in all (dogs ≥ households), kept since before `year`. */
export async function insertSyntheticRegister(
  db: Kysely<unknown>,
  tenantId: string,
  options: {
    households: number;
    dogs: number;
    seed: number;
    year: number;
    /** Citizen accounts for the first households (their notices go to the Postfach); the rest get post. */
    citizenIds?: readonly string[];
  },
): Promise<SyntheticRegister> {
  const random = generator(options.seed);
  const dogsPer = Array.from({ length: options.households }, () => 1);
  for (let extra = options.dogs - options.households; extra > 0; extra -= 1) {
    dogsPer[Math.floor(random.next() * options.households)]! += 1;
  }
  let dangerous = 0;
  const at = new Date();
  const batch = 100;
  for (let start = 0; start < options.households; start += batch) {
    await withTenant(db as Kysely<DogTaxTables>, tenantId, async (trx) => {
      const register = createRegisterRepository({ trx });
      for (let index = start; index < Math.min(start + batch, options.households); index += 1) {
        const householdId = randomUUID();
        const keeper = `${random.pick(firstNames)} ${random.pick(lastNames)}`;
        await register.insertHousehold(
          {
            id: householdId,
            number: await register.nextHouseholdNumber(),
            citizenId: options.citizenIds?.[index] ?? null,
            keeperName: keeper,
            coKeepers: '',
            street: `${random.pick(streets)} ${1 + Math.floor(random.next() * 120)}`,
            postalCode: '42799',
            city: 'Leichlingen',
            email: null,
            annualPayment: random.next() < 0.1,
          },
          at,
        );
        if (random.next() < 0.4) {
          await register.replaceMandate(
            {
              householdId,
              reference: `SYN-${index}-${options.seed}`,
              accountHolder: keeper,
              iban: 'DE89370400440532013000',
              signedOn: `${options.year - 1}-06-01`,
            },
            at,
          );
        }
        for (let dog = 0; dog < dogsPer[index]!; dog += 1) {
          const listed = random.next() < 0.05 ? random.pick(listedBreeds) : undefined;
          if (listed?.[2]) dangerous += 1;
          const birthYear = options.year - 1 - Math.floor(random.next() * 12);
          const keptYear = Math.min(options.year - 1, birthYear + Math.floor(random.next() * 3));
          const month = String(1 + Math.floor(random.next() * 12)).padStart(2, '0');
          const dogId = randomUUID();
          const mark = await register.nextMarkNumber();
          await register.insertDog(
            {
              id: dogId,
              householdId,
              applicationId: null,
              name: random.pick(['Bello', 'Luna', 'Rex', 'Balu', 'Nala', 'Paul', 'Emma', 'Sam']),
              breed: listed?.[0] ?? random.pick(breeds),
              listed: listed?.[1] ?? null,
              dangerous: listed?.[2] ?? false,
              sex: random.next() < 0.5 ? 'female' : 'male',
              birthDate: `${birthYear}-${month}-10`,
              colour: random.pick(colours),
              // Country code 276 (Germany), a made-up maker code, the seed and a running number: two synthetic
              // registers with different seeds never share a chip.
              chipNumber: `276098${String(options.seed % 1000).padStart(3, '0')}${String(index * 10 + dog).padStart(6, '0')}`,
              keptFrom: `${keptYear}-${month}-15`,
              arrival: 'taken-in',
              previousMunicipality: null,
              taxMark: mark,
            },
            at,
          );
          await register.issueMark(dogId, mark, `${keptYear}-${month}-15`, at);
        }
      }
    });
  }
  return { households: options.households, dogs: options.dogs, dangerous };
}
