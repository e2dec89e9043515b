/** A finding lists at most this many characters (its count has them all), so a 1 MB paste stays fast. */
export const MAX_LISTED = 100;
