import { useEffect, useRef } from 'react';

const activityEvents = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

/** Locks the register after `minutes` without input; 0 turns it off. */
export const useIdleLock = (minutes: number, onIdle: () => void) => {
  const onIdleRef = useRef(onIdle);
  useEffect(() => {
    onIdleRef.current = onIdle;
  });
  useEffect(() => {
    if (minutes <= 0) return;
    let lastActivity = Date.now();
    const markActive = () => {
      lastActivity = Date.now();
    };
    activityEvents.forEach((name) => window.addEventListener(name, markActive, { passive: true }));
    // A coarse interval is enough and survives the machine sleeping, unlike one long timeout.
    const timer = window.setInterval(() => {
      if (Date.now() - lastActivity >= minutes * 60_000) onIdleRef.current();
    }, 5_000);
    return () => {
      window.clearInterval(timer);
      activityEvents.forEach((name) => window.removeEventListener(name, markActive));
    };
  }, [minutes]);
};
