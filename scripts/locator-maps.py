#!/usr/bin/env python3
"""Turns Natural Earth's admin-0 countries (as the npm package world-atlas ships them, TopoJSON)
into src/main/resources/maps/countries.txt, the compact resource the locator maps are drawn from.

Run at development time only (the build reads the text file and needs neither npm nor the network):

    mkdir -p /tmp/ne && cd /tmp/ne && npm pack world-atlas@2.0.2 i18n-iso-countries@7.14.0 \
      && for f in *.tgz; do mkdir -p "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}"; done
    scripts/locator-maps.py /tmp/ne/world-atlas-2.0.2/package /tmp/ne/i18n-iso-countries-7.14.0/package/codes.json

world-atlas 2.0.2 holds Natural Earth 4.1.0 (public domain). i18n-iso-countries (MIT) is read only for
its table of ISO 3166-1 numeric to alpha-2 codes: world-atlas names each country by its numeric code.

The file has one line per country:  CODE <tab> name <tab> neighbours <tab> shape
- CODE: ISO 3166-1 alpha-2, or "--" for land that is no ISO country (drawn as a neighbour only);
- neighbours: the alpha-2 codes of the countries it shares a land border with (from the 1:50m topology),
  longest shared border first, comma-separated;
- shape: the 1:110m outline's rings separated by ";", each ring as integers in hundredths of a degree,
  "lon,lat" of its first point then the differences to each next point, all comma-separated;
  or, for a country too small for 1:110m, "@lon,lat": the centre of its 1:50m outline, drawn as a dot (for the
  few places 1:50m has no outline of their own, EXTRA_DOTS below).
"""
import json
import math
import os
import sys

SCALE = 100  # hundredths of a degree

# Natural Earth abbreviates names to fit its maps; a screen reader reads them out, so the full forms.
NAMES = {
    'AG': 'Antigua and Barbuda', 'BA': 'Bosnia and Herzegovina', 'IO': 'British Indian Ocean Territory',
    'VG': 'British Virgin Islands', 'KY': 'Cayman Islands', 'CF': 'Central African Republic', 'CK': 'Cook Islands',
    'CD': 'DR Congo', 'CG': 'Congo', 'DO': 'Dominican Republic', 'GQ': 'Equatorial Guinea',
    'FO': 'Faroe Islands', 'FK': 'Falkland Islands', 'PF': 'French Polynesia',
    'TF': 'French Southern Territories', 'HM': 'Heard Island and McDonald Islands', 'MH': 'Marshall Islands',
    'MP': 'Northern Mariana Islands', 'PN': 'Pitcairn Islands', 'GS': 'South Georgia and the South Sandwich Islands',
    'SS': 'South Sudan', 'SB': 'Solomon Islands', 'KN': 'Saint Kitts and Nevis', 'PM': 'Saint Pierre and Miquelon',
    'VC': 'Saint Vincent and the Grenadines', 'ST': 'São Tomé and Príncipe', 'TC': 'Turks and Caicos Islands',
    'VI': 'U.S. Virgin Islands', 'US': 'United States', 'EH': 'Western Sahara', 'WF': 'Wallis and Futuna',
    'BL': 'Saint Barthélemy', 'MF': 'Saint Martin', 'SZ': 'Eswatini', 'CV': 'Cabo Verde', 'VA': 'Vatican City',
    'CZ': 'Czechia', 'KR': 'South Korea', 'KP': 'North Korea', 'MK': 'North Macedonia', 'AX': 'Åland Islands',
}

# Places Natural Earth draws as part of another country (France's overseas departments, Norway's Svalbard) or
# leaves out at 1:50m: a dot at a point we chose ourselves (longitude, latitude of the main island or town).
EXTRA_DOTS = {
    'GF': ('French Guiana', -53.1, 4.0), 'GP': ('Guadeloupe', -61.55, 16.25), 'MQ': ('Martinique', -61.02, 14.64),
    'RE': ('Réunion', 55.53, -21.13), 'YT': ('Mayotte', 45.15, -12.82), 'SJ': ('Svalbard and Jan Mayen', 16.0, 78.3),
    'GI': ('Gibraltar', -5.35, 36.14), 'TV': ('Tuvalu', 179.2, -8.52), 'TK': ('Tokelau', -171.85, -9.2),
    'CX': ('Christmas Island', 105.69, -10.49), 'CC': ('Cocos (Keeling) Islands', 96.87, -12.17),
    'BQ': ('Caribbean Netherlands', -68.27, 12.18), 'BV': ('Bouvet Island', 3.4, -54.43),
}


def decode(topology):
    """The arcs of a quantized topology as lists of [lon, lat]."""
    sx, sy = topology['transform']['scale']
    tx, ty = topology['transform']['translate']
    arcs = []
    for arc in topology['arcs']:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append([x * sx + tx, y * sy + ty])
        arcs.append(points)
    return arcs


def ring(arcs, indexes):
    points = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        points.extend(arc if not points else arc[1:])
    return points


def rings_of(geometry, arcs):
    if geometry.get('type') == 'Polygon':
        return [ring(arcs, r) for r in geometry['arcs']]
    if geometry.get('type') == 'MultiPolygon':
        return [ring(arcs, r) for polygon in geometry['arcs'] for r in polygon]
    return []


def arc_ids(geometry):
    arcs = geometry.get('arcs', [])
    polygons = arcs if geometry.get('type') == 'MultiPolygon' else [arcs]
    return {i if i >= 0 else ~i for polygon in polygons for r in polygon for i in r}


def length(points):
    return sum(math.hypot(b[0] - a[0], b[1] - a[1]) for a, b in zip(points, points[1:]))


def area(points):
    return abs(sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(points, points[1:] + points[:1]))) / 2


def centre(points):
    a = sum(p[0] * q[1] - q[0] * p[1] for p, q in zip(points, points[1:] + points[:1])) / 2
    if abs(a) < 1e-12:
        return [sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points)]
    cx = sum((p[0] + q[0]) * (p[0] * q[1] - q[0] * p[1]) for p, q in zip(points, points[1:] + points[:1]))
    cy = sum((p[1] + q[1]) * (p[0] * q[1] - q[0] * p[1]) for p, q in zip(points, points[1:] + points[:1]))
    return [cx / (6 * a), cy / (6 * a)]


def unwrap(points):
    """The ring with no jump across the antimeridian: a longitude may pass 180 or -180."""
    out = [list(points[0])]
    for lon, lat in points[1:]:
        while lon - out[-1][0] > 180:
            lon -= 360
        while lon - out[-1][0] < -180:
            lon += 360
        out.append([lon, lat])
    return out


def encode(points):
    ints = []
    for lon, lat in unwrap(points):
        p = (round(lon * SCALE), round(lat * SCALE))
        if not ints or ints[-1] != p:
            ints.append(p)
    if len(ints) > 1 and ints[0] == ints[-1]:
        ints.pop()
    if len(ints) < 3:
        return None
    out = [ints[0][0], ints[0][1]]
    for a, b in zip(ints, ints[1:]):
        out += [b[0] - a[0], b[1] - a[1]]
    return ','.join(map(str, out))


def code_of(geometry, alpha2):
    name = geometry['properties']['name']
    if name == 'Kosovo':
        return 'XK'
    return alpha2.get(geometry.get('id'), '--')


def main(atlas, codes_file):
    alpha2 = {numeric: a2 for a2, _, numeric, _ in json.load(open(codes_file))}
    small = json.load(open(os.path.join(atlas, 'countries-110m.json')))
    medium = json.load(open(os.path.join(atlas, 'countries-50m.json')))
    small_arcs, medium_arcs = decode(small), decode(medium)
    medium_geometries = medium['objects']['countries']['geometries']

    # Land neighbours by shared arcs of the 1:50m topology, longest shared border first.
    owners = {}
    for g in medium_geometries:
        for i in arc_ids(g):
            owners.setdefault(i, []).append(code_of(g, alpha2))
    borders = {}
    for i, codes in owners.items():
        if len(codes) == 2 and '--' not in codes and codes[0] != codes[1]:
            for a, b in (codes, codes[::-1]):
                borders.setdefault(a, {}).setdefault(b, 0.0)
                borders[a][b] += length(medium_arcs[i])

    # A code's name and dot come from its largest 1:50m part (Australia, not its Ashmore and Cartier Islands).
    names, shapes, sizes = {}, {}, {}
    for g in medium_geometries:
        code = code_of(g, alpha2)
        rings = [unwrap(r) for r in rings_of(g, medium_arcs)]
        if not rings or code == '--':
            continue
        largest = max(rings, key=area)
        if area(largest) > sizes.get(code, -1):
            sizes[code] = area(largest)
            names[code] = NAMES.get(code, g['properties']['name'])
            c = centre(largest[:-1])
            lon = (c[0] + 180) % 360 - 180
            shapes[code] = '@%d,%d' % (round(lon * SCALE), round(c[1] * SCALE))
    lines = []
    seen = set()
    for g in small['objects']['countries']['geometries']:
        code = code_of(g, alpha2)
        encoded = [e for e in (encode(r) for r in rings_of(g, small_arcs)) if e]
        if not encoded:
            continue
        name = NAMES.get(code, g['properties']['name'])
        if code != '--':
            seen.add(code)
            name = names.get(code, name)
        neighbours = sorted(borders.get(code, {}).items(), key=lambda kv: -kv[1]) if code != '--' else []
        lines.append((code, name, ','.join(k for k, _ in neighbours), ';'.join(encoded)))
    for code, marker in shapes.items():
        if code not in seen:
            neighbours = sorted(borders.get(code, {}).items(), key=lambda kv: -kv[1])
            lines.append((code, names[code], ','.join(k for k, _ in neighbours), marker))
    for code, (name, lon, lat) in EXTRA_DOTS.items():
        if code not in seen and code not in shapes:
            lines.append((code, name, '', '@%d,%d' % (round(lon * SCALE), round(lat * SCALE))))
    lines.sort(key=lambda line: (line[0] == '--', line[0], line[1]))
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'src', 'main', 'resources', 'maps',
                       'countries.txt')
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, 'w', encoding='utf-8') as f:
        f.write('# Natural Earth 4.1.0 admin-0 countries (public domain), via world-atlas 2.0.2; made by '
                'scripts/locator-maps.py, see README.md\n')
        for line in lines:
            f.write('\t'.join(line) + '\n')
    print('%d lines, %d bytes' % (len(lines), os.path.getsize(out)))


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
