import { platformGlobalName, type PlatformApi } from '../../shared/platform/PlatformApi';
import { browserPlatform } from './browserPlatform';

/** The desktop API when the Electron preload provided one, otherwise the browser adapter. */
export const getPlatform = (): PlatformApi => window[platformGlobalName] ?? browserPlatform;
