declare module 'virtual:etalase/history' {
  import type { SiteHistory } from '../lib/case/history';
  const history: SiteHistory;
  export default history;
}
