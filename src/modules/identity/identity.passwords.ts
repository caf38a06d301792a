// Password hashing with argon2id. The cost is always named by the caller's choice of preset; the
// cheap preset exists for test suites only and is never a default.
import { randomBytes } from 'node:crypto';
import { hash, verify, type Algorithm } from '@node-rs/argon2';

export interface PasswordCost {
  /** KiB of memory per hash. */
  memoryCost: number;
  timeCost: number;
  parallelism: number;
}

// Algorithm is a const enum, which isolatedModules cannot import as a value; 2 is Algorithm.Argon2id.
const argon2id: Algorithm = 2;

/** OWASP's recommendation for argon2id: 19 MiB, 2 passes, 1 lane (~20–50 ms per login on a server core). */
export const productionPasswordCost: PasswordCost = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/** For test suites only, where hundreds of hashes would otherwise dominate the run time. */
export const testPasswordCost: PasswordCost = { memoryCost: 1024, timeCost: 1, parallelism: 1 };

export interface Passwords {
  hash(password: string): Promise<string>;
  /** False for a wrong password and for a stored value that is not a valid hash. */
  verify(passwordHash: string, password: string): Promise<boolean>;
  /**
   * Spends the time of one verification and returns false. Called when no account matches, so the
   * response time does not reveal which e-mail addresses have an account.
   */
  verifyWithoutAccount(password: string): Promise<false>;
}

export function createPasswords(cost: PasswordCost = productionPasswordCost): Passwords {
  const options = { ...cost, algorithm: argon2id };
  let dummyHash: Promise<string> | undefined;
  const check = async (passwordHash: string, password: string) => {
    try {
      return await verify(passwordHash, password);
    } catch {
      return false;
    }
  };
  return {
    hash: (password) => hash(password, options),
    verify: check,
    async verifyWithoutAccount(password) {
      dummyHash ??= hash(randomBytes(18).toString('base64url'), options);
      await check(await dummyHash, password);
      return false;
    },
  };
}
