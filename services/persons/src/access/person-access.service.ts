import type DataLoader from 'dataloader';
import {
  hasRole,
  limitedTo,
  needs,
  requireAgsInScope,
  requireRole,
  requireSystem,
  type Identity,
  type Role,
} from '@gk/shared';
import type { PersonConsent } from '../consent/consent.entity';
import { enrollmentsVisible, managesPerson, readableFields, type PersonAccessFacts } from './person-access.policy';

/** What access decisions need of a person. */
export interface PersonAccessSubject {
  id: string;
  caseManagingOrganizationId: string;
}

const NO_PURPOSES: ReadonlySet<string> = new Set();

/**
 * The access decisions of one request: which of a person's fields the viewer may read, and the
 * checks of root fields and mutations. Consents are read through the request's DataLoader (one
 * statement for all persons of a response) and never cached across requests, so a revoked consent
 * stops covering the very next request.
 */
export class PersonAccess {
  private readonly facts = new Map<string, Promise<PersonAccessFacts>>();
  private readonly readable = new Map<string, Promise<ReadonlySet<string>>>();

  constructor(
    readonly identity: Identity,
    private readonly consentsByPerson: DataLoader<string, PersonConsent[]>,
  ) {}

  /** The personal fields of `Person` the viewer may read for this person. */
  readableFields(person: PersonAccessSubject): Promise<ReadonlySet<string>> {
    let fields = this.readable.get(person.id);
    if (!fields) {
      fields = this.factsOf(person).then((facts) => readableFields(this.identity, facts));
      this.readable.set(person.id, fields);
    }
    return fields;
  }

  async enrollmentsVisible(person: PersonAccessSubject): Promise<boolean> {
    return enrollmentsVisible(this.identity, await this.factsOf(person));
  }

  /** Refuses unless the caller holds one of the roles. */
  requireRole(roles: readonly Role[], action: string): void {
    requireRole(this.identity, roles, action);
  }

  /** Refuses unless the municipality (or its Kreis) is in the caller's area scope. */
  requireAgsInScope(ags: string, action: string): void {
    requireAgsInScope(this.identity, ags, action);
  }

  /** Refuses everyone but the gateway's system identity. */
  requireSystem(action: string): void {
    requireSystem(this.identity, action);
  }

  /** Refuses unless the viewer may read at least one personal field of the person. */
  async requireSomeAccess(person: PersonAccessSubject, action: string): Promise<void> {
    if ((await this.readableFields(person)).size === 0) {
      throw needs(
        action,
        'a case manager of the managing organisation, or a consent for your organisation and the declared purpose',
      );
    }
  }

  /** Refuses unless the viewer is a case manager of the organisation that manages the person. */
  requireManager(person: PersonAccessSubject, action: string): void {
    this.requireRole(['CASE_MANAGER'], action);
    if (!managesPerson(this.identity, person.caseManagingOrganizationId)) {
      throw limitedTo(action, 'case managers of the organisation that manages the person');
    }
  }

  /** The viewer's organisation, refusing users who act for none. */
  ownOrganization(action: string): string {
    if (!this.identity.organizationId) throw limitedTo(action, 'your own organisation');
    return this.identity.organizationId;
  }

  /** Purposes the viewer's organisation holds an active consent or legal basis for. */
  async consentedPurposes(personId: string): Promise<ReadonlySet<string>> {
    const org = this.identity.organizationId;
    if (!org) return NO_PURPOSES;
    const consents = await this.consentsByPerson.load(personId);
    return new Set(consents.filter((c) => c.active && c.organizationId === org).flatMap((c) => c.purposes));
  }

  private factsOf(person: PersonAccessSubject): Promise<PersonAccessFacts> {
    let facts = this.facts.get(person.id);
    if (!facts) {
      facts = this.loadFacts(person);
      this.facts.set(person.id, facts);
    }
    return facts;
  }

  private async loadFacts(person: PersonAccessSubject): Promise<PersonAccessFacts> {
    const { identity } = this;
    // Consents matter only to case managers of other organisations and to providers: skip the lookup otherwise.
    const needsConsents =
      identity.organizationId !== null &&
      (hasRole(identity, 'PROVIDER') ||
        (hasRole(identity, 'CASE_MANAGER') && identity.organizationId !== person.caseManagingOrganizationId));
    return {
      caseManagingOrganizationId: person.caseManagingOrganizationId,
      consentedPurposes: needsConsents ? await this.consentedPurposes(person.id) : NO_PURPOSES,
    };
  }
}
