import Typography from '@mui/material/Typography';
export function RegisterPersonPage() {
  return <Typography variant="h4" component="h1">Person aufnehmen</Typography>;
}
