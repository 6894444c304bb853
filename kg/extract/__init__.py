"""The extractors: importing this package registers their pipeline components
(officials, events, agreements, partnerships) and the `countries` component
they depend on."""

import kg.countries  # noqa: F401  (registers "countries", which the extractors read)
from kg.extract import officials  # noqa: F401
from kg.extract import events  # noqa: F401
from kg.extract import agreements  # noqa: F401
from kg.extract import partnerships  # noqa: F401
