import L from "leaflet";

// Leaflet-Geoman reads the global `L` when it loads: import this module before it.
(globalThis as unknown as { L: typeof L }).L = L;
