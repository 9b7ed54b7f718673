import { Route, Routes } from 'react-router';
import { PersonsListPage } from './PersonsListPage';
import { PersonPage } from './PersonPage';
import { RegisterPersonPage } from './RegisterPersonPage';

/** The case manager's area: persons of their organisation, one person's record, registering a person. */
export default function PersonsArea() {
  return (
    <Routes>
      <Route index element={<PersonsListPage />} />
      <Route path="new" element={<RegisterPersonPage />} />
      <Route path=":personId" element={<PersonPage />} />
    </Routes>
  );
}
