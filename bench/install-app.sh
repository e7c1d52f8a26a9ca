#!/usr/bin/env bash
# Compiles the application and installs its plain classes (not the executable Spring Boot jar) into the local
# Maven repository as org.yangguang:yangguang:0.1.0-SNAPSHOT, so that the benchmarks can use its classes.
# target/yangguang.jar is left alone.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -DskipTests compile
mkdir -p bench/target
rm -f bench/target/yangguang-classes.jar
jar --create --file bench/target/yangguang-classes.jar -C target/classes .
./mvnw -q install:install-file -Dfile=bench/target/yangguang-classes.jar -DpomFile=pom.xml
echo "installed org.yangguang:yangguang:0.1.0-SNAPSHOT from target/classes"
