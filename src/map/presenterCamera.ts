import type { Map as MapLibreMap } from 'maplibre-gl';
import type { TourCamera } from '../state/tour/tour';

/** How long a flight between tour steps takes, in milliseconds. */
export const FLIGHT_MS = 2600;

/** The map's camera as tours and the kiosk drive it. */
export interface PresenterCamera {
  /** Flies to `camera` when `animate`, else jumps. */
  move(camera: TourCamera, animate: boolean): void;
  /** Where the map looks now. */
  read(): TourCamera;
  /** Whether a flight or a drag is under way (the kiosk's rotation waits for it). */
  moving(): boolean;
  /** Turns the view `degrees` of longitude east, without animation (one frame of the kiosk's slow rotation). */
  turn(degrees: number): void;
}

/** Wraps a MapLibre map as a presenter camera. */
export function createPresenterCamera(map: MapLibreMap): PresenterCamera {
  return {
    move(camera, animate) {
      const target = { center: [camera.lon, camera.lat] as [number, number], zoom: camera.zoom, bearing: camera.bearing ?? 0, pitch: camera.pitch ?? 0 };
      map.stop();
      if (animate) map.flyTo({ ...target, duration: FLIGHT_MS, essential: true });
      else map.jumpTo(target);
    },
    read() {
      const center = map.getCenter();
      return { lon: center.lng, lat: center.lat, zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() };
    },
    moving: () => map.isMoving(),
    turn(degrees) {
      const center = map.getCenter();
      map.setCenter([((center.lng + degrees + 540) % 360) - 180, center.lat]);
    },
  };
}
