import bcrypt from "bcryptjs";

// bcrypt cost 12: about 250 ms per hash on this hardware, slow enough to resist offline guessing.
const COST = 12;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

// Compared against when the account does not exist, so a wrong email costs as long as a wrong
// password and response time does not reveal which accounts exist.
export const DUMMY_HASH = "$2b$12$JCbU6BjbMJavvjcGmOH2uuqiuGCMSH3f8eSTW.IGx7zs8Kes.PocC";
