import Typography from '@mui/material/Typography';
export function PersonPage() {
  return <Typography variant="h4" component="h1">Person</Typography>;
}
