# The compiled extraction core (docs/performance.md, `make native`): built in its own stage with a C compiler and
# mypy, checked against the pure modules by the build script, and copied into the image. Optional: when the build
# fails the stage leaves an empty build/native/ and the image runs the pure modules.
FROM python:3.11-slim AS native
RUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY requirements.txt requirements-dev.txt ./
RUN pip install --no-cache-dir -r requirements-dev.txt
COPY . .
RUN mkdir -p build/native && (python scripts/build_native.py || echo "native build failed: the image runs pure Python")

FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
COPY --from=native /app/build/native /app/build/native
RUN useradd --create-home factcheck && chown -R factcheck /app
USER factcheck
EXPOSE 8000
