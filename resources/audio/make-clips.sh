#!/usr/bin/env bash
# Makes the announcement clips the display board joins into "Nomor antrian A dua belas, silakan
# ke loket dua": one small mono Ogg Vorbis file per clip in resources/public/audio/<id>.ogg.
# The clip list and each clip's text come from core/announcement/clips.ts (the same list
# allClipIds() returns), so code and audio cannot drift apart. Speech is espeak-ng's Indonesian
# voice; the chime is a two-tone ding-dong synthesised with sox. See README.md next to this file.
# Usage: npm run audio   (needs espeak-ng, sox with Ogg Vorbis support, and node_modules)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="$root/resources/public/audio"
cd "$root"

for tool in espeak-ng sox; do
  command -v "$tool" >/dev/null || { echo "make-clips: $tool is not installed" >&2; exit 1; }
done
sox -h | grep -qw vorbis || { echo "make-clips: sox lacks Ogg Vorbis (install libsox-fmt-all)" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# id<TAB>voice<TAB>text per line: the board's announcement words, then the kiosk's spoken guidance
# (core/kiosk/guidance.ts) in Indonesian and English. The chime has no text.
npx --no-install tsx -e "
Promise.all([import('./core/announcement/clips.ts'), import('./core/kiosk/guidance.ts')]).then(
  ([{ announcementClips }, { guidanceClips }]) => {
    for (const clip of announcementClips) console.log(clip.id + '\tid\t' + (clip.text ?? ''));
    for (const clip of guidanceClips) console.log(clip.id + '\t' + clip.language + '\t' + clip.text);
  },
);
" >"$work/clips.tsv"
[ -s "$work/clips.tsv" ] || { echo "make-clips: no clips listed" >&2; exit 1; }

# Speech: 16 kHz is plenty for espeak's voice and keeps files small; Vorbis quality 0 is clear
# speech at ~30 kbit/s. -R makes sox reproducible, so regenerating does not churn git.
rate=16000
quality=0
encode=(-r "$rate" -c 1 -C "$quality")

speak() { # id voice text
  espeak-ng -v "$2" -s 140 -w "$work/$1.wav" "$3"
  # Trim leading and trailing silence, normalise to -1 dBFS, then leave a short breath on both
  # sides so joined clips do not run into each other.
  sox -R "$work/$1.wav" "${encode[@]}" "$work/$1.ogg" \
    silence 1 0.01 0.1% reverse silence 1 0.01 0.1% reverse \
    norm -1 pad 0.03 0.06
}

chime() { # id — E5 then C5 with a quiet octave each, half-sine decay, the second 0.45 s later
  local r=$rate
  sox -n -r $r -c 1 "$work/e5.wav" synth 0.75 sine 659.25
  sox -n -r $r -c 1 "$work/e6.wav" synth 0.75 sine 1318.51
  sox -n -r $r -c 1 "$work/c5.wav" synth 0.75 sine 523.25
  sox -n -r $r -c 1 "$work/c6.wav" synth 0.75 sine 1046.50
  sox -m -v 0.8 "$work/e5.wav" -v 0.2 "$work/e6.wav" "$work/ding.wav" fade h 0.005 0.75 0.7
  sox -m -v 0.8 "$work/c5.wav" -v 0.2 "$work/c6.wav" "$work/dong.wav" fade h 0.005 0.75 0.7 pad 0.45 0
  sox -m "$work/ding.wav" "$work/dong.wav" "$work/mix.wav"
  sox -R "$work/mix.wav" "${encode[@]}" "$work/$1.ogg" norm -3
}

count=0
while IFS=$'\t' read -r id voice text; do
  if [ -z "$text" ]; then chime "$id"; else speak "$id" "$voice" "$text"; fi
  count=$((count + 1))
done <"$work/clips.tsv"

# Replace the whole set at once, so a clip dropped from the list does not linger.
mkdir -p "$out"
rm -f "$out"/*.ogg
cp "$work"/*.ogg "$out/"

echo "make-clips: $count clips, $(du -cb "$out"/*.ogg | tail -1 | cut -f1) bytes in ${out#"$root"/}"
