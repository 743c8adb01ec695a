declare module 'virtual:etalase/settings' {
  import type { SiteSettings } from './site-settings';
  const settings: SiteSettings;
  export default settings;
}
