import { Route, Routes } from 'react-router';
import { OffersListPage } from './OffersListPage';
import { OfferPage } from './OfferPage';
import { CreateOfferPage } from './CreateOfferPage';

/** The provider's area: its own offers with seat figures, one offer with its enrollments, a new offer. */
export default function OffersArea() {
  return (
    <Routes>
      <Route index element={<OffersListPage />} />
      <Route path="new" element={<CreateOfferPage />} />
      <Route path=":offerId" element={<OfferPage />} />
    </Routes>
  );
}
