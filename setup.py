"""Packaging of the ``onesignal`` SDK."""
import re
from pathlib import Path

from setuptools import find_packages, setup

HERE = Path(__file__).parent
VERSION = re.search(r'__version__ = "([^"]+)"', (HERE / "onesignal" / "__init__.py").read_text()).group(1)

setup(
    name="onesignal",
    version=VERSION,
    description="Python client for the OneSignal REST API: typed models, retries, and an embedded fake server",
    long_description=(HERE / "README.md").read_text(encoding="utf-8"),
    long_description_content_type="text/markdown",
    license="MIT",
    python_requires=">=3.9",
    packages=find_packages(include=["onesignal", "onesignal.*"]),
    package_data={"onesignal": ["py.typed", "api/*.pyi", "model/*.pyi"]},
    install_requires=["urllib3>=1.26,<3", "python-dateutil>=2.8", "certifi"],
    extras_require={"progress": ["tqdm"]},  # progress bars for DefaultApi.map and read_export
    classifiers=[
        "Programming Language :: Python :: 3",
        "License :: OSI Approved :: MIT License",
        "Typing :: Typed",
    ],
)
