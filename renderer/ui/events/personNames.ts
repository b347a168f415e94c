import type { Registration } from '../../../shared/model';
import { personDisplayName } from '../../state/recordLabels';
import type { RegisterStore } from '../../state/registerStore';

/** The names of the people behind registrations, for a message such as "moved up: A, B". */
export const personNames = (store: RegisterStore, registrations: readonly Pick<Registration, 'personId'>[]) =>
  registrations
    .map((registration) => {
      const person = store.people.get(registration.personId);
      return person ? personDisplayName(person) : '?';
    })
    .join(', ');
