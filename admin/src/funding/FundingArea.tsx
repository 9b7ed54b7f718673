import { Route, Routes } from 'react-router';
import { FundingOverviewPage } from './FundingOverviewPage';
import { FundingApplicationPage } from './FundingApplicationPage';
import { FundingAllocationPage } from './FundingAllocationPage';

/**
 * The finance office's area: overview, budget lines and applications; one application; one allocation with its
 * expenditures.
 */
export default function FundingArea() {
  return (
    <Routes>
      <Route index element={<FundingOverviewPage />} />
      <Route path="applications/:applicationId" element={<FundingApplicationPage />} />
      <Route path="allocations/:allocationId" element={<FundingAllocationPage />} />
    </Routes>
  );
}
