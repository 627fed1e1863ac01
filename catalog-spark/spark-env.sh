# Sourced by catalog-spark's scripts: builds the module on first use (and again whenever a source or
# POM is newer than its jar), writes the class path with Spark's provided jars, and sets
# spark_java (the java command with the options Spark needs on Java 17) and spark_classpath.
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
jar="$here/target/catalog-spark.jar"
cpfile="$here/target/spark-classpath.txt"

spark_stale() {
  [ ! -f "$jar" ] || [ ! -f "$cpfile" ] && return 0
  [ -n "$(find "$root" -path "$root/.git" -prune -o -path '*/target' -prune -o -path "$root/bench" -prune -o \
      \( -name '*.java' -o -name 'pom.xml' -o -path '*/src/main/resources/*' \) -newer "$jar" -print -quit)" ]
}

if [ -n "${CATALOG_SPARK_CLASSPATH:-}" ]; then
  # Already built (the module's own tests run the script this way).
  spark_classpath="$CATALOG_SPARK_CLASSPATH"
else
  if spark_stale; then
    if ! command -v mvn >/dev/null 2>&1; then
      echo "catalog-spark: Maven (mvn) is needed to build on first use" >&2
      exit 2
    fi
    log="$(mktemp)"
    # The jar and, for every module built, its class path with the provided (Spark) jars.
    goals=(package org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath
      -Dmdep.outputFile=target/spark-classpath.txt -Dmdep.includeScope=compile)
    opts=(-q -B -DskipTests -Dmaven.javadoc.skip -Dmaven.source.skip -pl catalog-spark -am)
    echo "catalog-spark: building (first use)…" >&2
    if ! (cd "$root" && { mvn -o "${opts[@]}" "${goals[@]}" >"$log" 2>&1 ||
          mvn -ntp "${opts[@]}" "${goals[@]}" >"$log" 2>&1; }); then
      echo "catalog-spark: building failed; the build log follows" >&2
      cat "$log" >&2
      rm -f "$log"
      exit 2
    fi
    rm -f "$log"
    cp "$(ls "$here"/target/catalog-spark-*.jar | grep -v -e '-sources' -e '-javadoc' -e '-tests' | head -n 1)" "$jar"
  fi
  spark_classpath="$jar:$(cat "$cpfile")"
fi

# What Spark's launcher passes on Java 17 (the same list as the module's POM, spark.opens).
spark_java=(java
  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
  --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
  -Dio.netty.tryReflectionSetAccessible=true
  "-Dlog4j2.configurationFile=$here/log4j2-local.properties")
