"use client";
// True once the page runs with JavaScript (false in the server render and without JavaScript): lets an island show
// controls that need it, such as a type-ahead box, only where they work.
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
