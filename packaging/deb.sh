#!/bin/sh
# packaging/deb.sh -- make deb: build/runsheet_<version>_<arch>.deb.
#
# The tree is what make install puts under /usr (the program, the model
# data, scenarios, schema, templates, assets and the page's WebAssembly
# engine under /usr/share/runsheet, the man page), plus the Debian files:
# /usr/share/doc/runsheet/{copyright,changelog.gz} from packaging/, and
# DEBIAN/{control,md5sums}. Depends is computed by dpkg-shlibdeps from the
# libraries the program links. Every file's time is the changelog's date,
# so the same sources give the same package byte for byte.
set -eu

version=$(sed -n 's/^#define RUNSHEET_VERSION "\(.*\)"/\1/p' generator/runsheet.h)
arch=$(dpkg --print-architecture)
work=$PWD/build/deb
root=$work/root
out=build/runsheet_${version}_${arch}.deb

# the changelog must speak of this version
head -1 packaging/changelog | grep -q "^runsheet ($version) " || {
	echo "packaging/deb.sh: packaging/changelog does not start with version $version" >&2
	exit 1
}
rm -rf "$work"
mkdir -p "$root"
make --no-print-directory install DESTDIR="$root" PREFIX=/usr > "$work.log" 2>&1 || {
	cat "$work.log" >&2
	exit 1
}
strip --remove-section=.comment --remove-section=.note "$root/usr/bin/runsheet"
gzip -9n "$root/usr/share/man/man1/runsheet.1"
install -d "$root/usr/share/doc/runsheet"
install -m 644 packaging/copyright "$root/usr/share/doc/runsheet/copyright"
gzip -9n < packaging/changelog > "$root/usr/share/doc/runsheet/changelog.gz"
find "$root" -type d -exec chmod 755 {} +
find "$root" -type f -exec chmod 644 {} +
chmod 755 "$root/usr/bin/runsheet" "$root"/usr/share/runsheet/scripts/*.sh

# Depends: what the program links, as dpkg-shlibdeps finds it
mkdir -p "$work/src/debian"
printf 'Source: runsheet\n\nPackage: runsheet\nArchitecture: any\n' > "$work/src/debian/control"
depends=$(cd "$work/src" && dpkg-shlibdeps -O "-e$root/usr/bin/runsheet" 2> "$work/shlibdeps.log" |
	sed -n 's/^shlibs:Depends=//p')
if [ -z "$depends" ]; then
	echo "packaging/deb.sh: dpkg-shlibdeps found no dependencies:" >&2
	cat "$work/shlibdeps.log" >&2
	exit 1
fi

mkdir -p "$root/DEBIAN"
(cd "$root" && find usr -type f | LC_ALL=C sort | xargs md5sum) > "$root/DEBIAN/md5sums"
size=$(du -sk --apparent-size "$root/usr" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@SIZE@/$size/" \
    -e "s/@DEPENDS@/$depends/" packaging/control.in > "$root/DEBIAN/control"
chmod 644 "$root/DEBIAN/control" "$root/DEBIAN/md5sums"

# reproducible: every time is the changelog's
date=$(sed -n 's/^ -- .*>  //p' packaging/changelog | head -1)
SOURCE_DATE_EPOCH=$(date -d "$date" +%s)
export SOURCE_DATE_EPOCH
find "$root" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
dpkg-deb --root-owner-group -Zxz --build "$root" "$out.tmp" > /dev/null
mv "$out.tmp" "$out"
echo "$out"
