import { PersonsInit1763700000000 } from './1763700000000-persons-init';

/** Every migration of the persons database, oldest first. */
export const personsMigrations = [PersonsInit1763700000000];
