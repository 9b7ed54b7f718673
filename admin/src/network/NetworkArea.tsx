import { Route, Routes } from 'react-router';
import { AlliancesPage } from './AlliancesPage';
import { AlliancePage } from './AlliancePage';
import { OrganisationsPage } from './OrganisationsPage';

/** The network coordinator's area: the alliances with their coverage, one alliance's work, the organisations. */
export default function NetworkArea() {
  return (
    <Routes>
      <Route index element={<AlliancesPage />} />
      <Route path="organisations" element={<OrganisationsPage />} />
      <Route path=":allianceId" element={<AlliancePage />} />
    </Routes>
  );
}
