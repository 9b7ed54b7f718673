import { Navigate, Route, Routes } from 'react-router';
import { useAuth } from '../app/auth/auth-context';
import { DashboardPage } from './DashboardPage';

/** The core group's area: the dashboard of one area in its scope (the first one to start with). */
export default function DashboardArea() {
  const { session } = useAuth();
  const first = session?.ags[0];
  return (
    <Routes>
      <Route index element={first ? <Navigate to={first} replace /> : <DashboardPage />} />
      <Route path=":ags" element={<DashboardPage />} />
    </Routes>
  );
}
